/**
 * The single list of TipTap extensions. The editor (browser) and the server-side
 * validation and rendering both use it, so what can be typed is exactly what can
 * be stored and rendered.
 */
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { TaskItem, TaskList } from "@tiptap/extension-list";
import Image from "@tiptap/extension-image";
import type { Extensions } from "@tiptap/core";
import { isSafeHref } from "./safe-href";
import { structuredBlockNodes } from "./structured-block-nodes";

export const articleExtensions: Extensions = [
  StarterKit.configure({
    // The article title is the page's h1; content headings start at h2.
    heading: { levels: [2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  TaskList,
  TaskItem.configure({ nested: true }),
  ...structuredBlockNodes,
  // Images are attachments of the article (/anhang/<id>), placed as blocks with alternative text.
  Image.configure({ inline: false, allowBase64: false }),
];
