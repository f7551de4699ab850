import type { TestProject } from "vitest/node";
import { startTestStack } from "../../scripts/stack/throwaway-stack";

export default async function setup(project: TestProject) {
  const stack = await startTestStack("int");
  project.provide("stack", stack.info);
  return () => stack.stop();
}
