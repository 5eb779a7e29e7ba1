import { webhook } from "@/lib/portone";

export const POST = webhook;
