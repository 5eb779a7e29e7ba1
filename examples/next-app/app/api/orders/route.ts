import { createOrder } from "@/lib/orders";

/** POST { item }: a new order and the payment id the checkout pays it with. */
export async function POST(request: Request): Promise<Response> {
  const body: unknown = await request.json().catch(() => null);
  const item = body && typeof body === "object" && "item" in body && typeof body.item === "string" ? body.item : null;
  return Response.json(await createOrder(item), { status: 201 });
}
