import { currentViewer } from "@/lib/auth/current-viewer";
import { openNotification } from "@/lib/notifications/notifications";
import { safeReturnPath } from "@/lib/server-action";
import { DomainError } from "@/lib/errors";

/**
 * Opening a notification: marks it read and goes where it leads (303, relative
 * Location). Someone else's notification, or a malformed id, goes back to the
 * list with a German message – it is never revealed whether it exists.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await currentViewer();
  if (!viewer) return new Response(null, { status: 303, headers: { Location: "/login" } });
  const { id } = await params;
  try {
    const href = await openNotification(viewer, id);
    return new Response(null, { status: 303, headers: { Location: safeReturnPath(href, "/", "/benachrichtigungen") } });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const message = encodeURIComponent("Diese Benachrichtigung gibt es nicht (mehr).");
    return new Response(null, { status: 303, headers: { Location: `/benachrichtigungen?fehler=${message}` } });
  }
}
