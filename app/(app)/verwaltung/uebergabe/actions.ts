"use server";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth/current-viewer";
import { handOverOwnership } from "@/lib/knowledge/ownership-handover";
import { drainSearchOutboxQuietly } from "@/lib/search/drain-outbox";
import { DomainError, userMessageOf } from "@/lib/errors";

/** Moves all articles of one person to another; the result is shown after the redirect. */
export async function handOverAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  let outcome: string;
  try {
    const { moved } = await handOverOwnership(viewer, { fromUserId: formData.get("fromUserId"), toUserId: formData.get("toUserId") });
    outcome = `uebertragen=${moved}`;
  } catch (error) {
    const details = error instanceof DomainError ? Object.values(error.fieldErrors).flat().join(" ") : "";
    outcome = `fehler=${encodeURIComponent(`${userMessageOf(error)} ${details}`.trim())}`;
  }
  after(drainSearchOutboxQuietly);
  redirect(`/verwaltung/uebergabe?${outcome}`);
}
