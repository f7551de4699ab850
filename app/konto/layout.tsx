import Link from "next/link";

/** Account pages (password set, change, forgot): a plain frame like the login page. */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="inhalt" className="login-page">
      <p>
        <Link href="/" className="brand-plain">
          DigiCheck Wissen
        </Link>
      </p>
      {children}
      <p>
        <Link href="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>
      </p>
    </main>
  );
}
