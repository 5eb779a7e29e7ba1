import { verify } from "@/lib/portone";

export const POST = verify;
