import { inject } from "vitest";
import type { StackInfo } from "../../scripts/stack/throwaway-stack";

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo;
    appUrl: string;
  }
}

Object.assign(process.env, inject("stack").env);
