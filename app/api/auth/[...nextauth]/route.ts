import NextAuth from "next-auth";
import { authOptionsWithSingleSignOn } from "@/lib/auth/auth-options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, { params: await context.params } as never, await authOptionsWithSingleSignOn());
}

export { handler as GET, handler as POST };
