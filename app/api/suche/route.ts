import { NextResponse, type NextRequest } from "next/server";
import { currentViewer } from "@/lib/auth/current-viewer";
import { parseSearchParams, searchArticles, suggestArticles } from "@/lib/search/search-articles";
import { DomainError, userMessageOf } from "@/lib/errors";

const STATUS_BY_CODE: Partial<Record<DomainError["code"], number>> = { INVALID: 400 };

/**
 * JSON search for the signed-in viewer. `?vorschlag=1` answers the header box
 * (a few titles while typing); otherwise the same parameters as the search page.
 */
export async function GET(request: NextRequest) {
  const viewer = await currentViewer();
  if (!viewer) return NextResponse.json({ error: "Bitte melden Sie sich an." }, { status: 401 });
  try {
    const params = request.nextUrl.searchParams;
    const result =
      params.get("vorschlag") === "1"
        ? await suggestArticles(viewer, { q: params.get("q") ?? "" })
        : await searchArticles(viewer, parseSearchParams(params));
    return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    const status = error instanceof DomainError ? (STATUS_BY_CODE[error.code] ?? 500) : 500;
    return NextResponse.json({ error: userMessageOf(error) }, { status });
  }
}
