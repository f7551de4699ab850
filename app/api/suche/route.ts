import { NextResponse, type NextRequest } from "next/server";
import { currentViewer } from "@/lib/auth/current-viewer";
import { parseSearchParams, searchArticles, suggestArticles } from "@/lib/search/search-articles";
import { jsonError } from "@/lib/http/json-error";

/**
 * JSON search for the signed-in viewer. `?vorschlag=1` answers the header box
 * (a few titles while typing); otherwise the same parameters as the search page.
 * Every failure, the session lookup included, answers JSON with a German text.
 */
export async function GET(request: NextRequest) {
  try {
    const viewer = await currentViewer();
    if (!viewer) return NextResponse.json({ error: "Bitte melden Sie sich an." }, { status: 401 });
    const params = request.nextUrl.searchParams;
    const result =
      params.get("vorschlag") === "1"
        ? await suggestArticles(viewer, { q: params.get("q") ?? "" })
        : await searchArticles(viewer, parseSearchParams(params));
    return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}
