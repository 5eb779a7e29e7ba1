import { orderStatus } from "@/lib/orders";

/** GET: where the order stands (pending until PortOne says paid: an issued virtual account stays pending until its deposit's webhook). */
export async function GET(_request: Request, { params }: { params: Promise<{ paymentId: string }> }): Promise<Response> {
  const { paymentId } = await params;
  const found = /^[\w-]{1,64}$/.test(paymentId) ? await orderStatus(paymentId) : null;
  if (!found) return Response.json({ code: "UNKNOWN_ORDER" }, { status: 404 });
  return Response.json({ paymentId, ...found });
}
