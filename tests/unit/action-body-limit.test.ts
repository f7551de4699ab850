import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import {
  ACTION_BODY_LIMIT_BYTES,
  ACTION_BODY_LIMIT_MB,
  actionBodyRefusal,
  actionPayloadRefusal,
  isActionRequest,
  refusalPage,
} from "@/lib/http/action-body-limit";

describe("Größenlimit für Server-Aktionen", () => {
  it("next.config.js und der Proxy nennen dieselbe Grenze", async () => {
    const configPath = "../../next.config.js";
    const { default: nextConfig } = (await import(/* @vite-ignore */ configPath)) as { default: NextConfig };
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(`${ACTION_BODY_LIMIT_MB}mb`);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(`${ACTION_BODY_LIMIT_MB}mb`);
    const guardsPath = "../../scripts/stack/http-guards.mjs";
    const guards = (await import(/* @vite-ignore */ guardsPath)) as { REQUEST_BODY_LIMIT_MB: number };
    expect(guards.REQUEST_BODY_LIMIT_MB).toBe(ACTION_BODY_LIMIT_MB);
  });

  it("erkennt Aufrufe mit und ohne Skript, aber keine gewöhnlichen Seitenaufrufe", () => {
    expect(isActionRequest("POST", new Headers({ "next-action": "abc" }))).toBe(true);
    expect(isActionRequest("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isActionRequest("GET", new Headers({ "next-action": "abc" }))).toBe(false);
    expect(isActionRequest("POST", new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
  });

  it("lässt Anfragen bis zur Grenze durch und lehnt größere oder solche ohne Größe auf Deutsch ab", () => {
    expect(actionBodyRefusal(new Headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(actionBodyRefusal(new Headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toMatchObject({
      status: 413,
      message: expect.stringContaining("zu groß"),
    });
    expect(actionBodyRefusal(new Headers())).toMatchObject({ status: 411 });
    expect(actionBodyRefusal(new Headers({ "content-length": "12abc" }))).toMatchObject({ status: 411 });
  });

  it("die Ablehnungsseite ist deutsch und gibt die Meldung nur als Text aus", () => {
    const page = refusalPage("<script>alert(1)</script> zu groß");
    expect(page).toContain('lang="de"');
    expect(page).not.toContain("<script>");
  });

  it("lehnt Skript-Aufrufe mit unlesbaren Argumenten ab, lässt gültige und Formulare ohne Skript durch", async () => {
    const call = (body: BodyInit, headers: Record<string, string>) =>
      new Request("http://localhost/wissen", { method: "POST", body, headers });
    const action = { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" };
    expect(await actionPayloadRefusal(call('["a",1]', action))).toBeNull();
    expect(await actionPayloadRefusal(call("%%% kein Format", action))).toMatchObject({
      status: 400,
      message: expect.stringContaining("beschädigt"),
    });
    expect(await actionPayloadRefusal(call('{"a":1}', action))).toMatchObject({ status: 400 });
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_titel", "Hallo");
    expect(await actionPayloadRefusal(call(form, { "next-action": "abc" }))).toBeNull();
    const broken = new FormData();
    broken.set("0", "kaputt{");
    expect(await actionPayloadRefusal(call(broken, { "next-action": "abc" }))).toMatchObject({ status: 400 });
    expect(await actionPayloadRefusal(call(new FormData(), { "next-action": "abc" }))).toMatchObject({ status: 400 });
    const plainForm = new FormData();
    plainForm.set("$ACTION_ID_abc", "");
    expect(await actionPayloadRefusal(call(plainForm, {}))).toBeNull();
  });
});
