"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current-viewer";
import { tickOnboarding } from "@/lib/journeys/onboarding";

/** "Gelesen" / "Geübt" on the onboarding path (only the newcomer's own progress). */
export async function tickOnboardingAction(formData: FormData): Promise<void> {
  const viewer = await currentViewer();
  if (!viewer) redirect("/login");
  await tickOnboarding(viewer, { articleId: formData.get("articleId"), what: formData.get("what"), done: formData.get("done") === "1" });
  revalidatePath("/einarbeitung");
  redirect(`/einarbeitung#artikel-${String(formData.get("articleId") ?? "")}`);
}
