"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ after = "/login" }: { after?: string }) {
  return (
    <button type="button" className="button button--secondary button--small" onClick={() => signOut({ callbackUrl: after })}>
      Abmelden
    </button>
  );
}
