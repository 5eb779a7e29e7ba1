import Link from "next/link";
import { CATALOG } from "@/lib/catalog";

export default function Home() {
  return (
    <main>
      <h1>상품</h1>
      <ul>
        {CATALOG.map((item) => (
          <li key={item.key}>
            <Link href={`/checkout?item=${item.key}`}>
              {item.name} · {item.price.toLocaleString("ko-KR")}원
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
