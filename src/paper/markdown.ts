import MarkdownIt from "markdown-it";
import { mentionedId } from "../model/index.ts";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

/** A block of plain text for the PDF: a paragraph, or one list item (with its bullet or number). */
export interface TextBlock {
  text: string;
  bullet?: string;
}

const _md = new MarkdownIt({ html: false, linkify: false });

/**
 * Turns markdown (notes, summaries, the vision) into plain paragraphs and list items: the PDF
 * shows the words, not the syntax, so no `**` or `[text](url)` reaches the page. A link keeps its
 * address in brackets when it differs from the link text, so the paper loses no information.
 */
export function markdownBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const numbers: (number | null)[] = [];
  let bullet: string | undefined;
  for (const token of _md.parse(source, {})) {
    if (token.type === "bullet_list_open") numbers.push(null);
    else if (token.type === "ordered_list_open") numbers.push(Number(token.attrGet("start") ?? 1));
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") numbers.pop();
    else if (token.type === "list_item_open") bullet = _nextBullet(numbers);
    else if (token.type === "inline") {
      const text = _inlineText(token.children ?? []).trim();
      if (text) blocks.push(bullet === undefined ? { text } : { text, bullet });
      bullet = undefined;
    } else if (token.type === "fence" || token.type === "code_block") {
      blocks.push({ text: token.content.trimEnd() });
    }
  }
  return blocks;
}

/** The markdown as one line of plain text, for table cells. */
export function markdownText(source: string): string {
  return markdownBlocks(source)
    .map((b) => (b.bullet ? `${b.bullet} ${b.text}` : b.text))
    .join("\n");
}

function _nextBullet(numbers: (number | null)[]): string {
  const depth = numbers.length - 1;
  const n = numbers[depth];
  if (n === null || n === undefined) return "•";
  numbers[depth] = n + 1;
  return `${n}.`;
}

function _inlineText(children: Token[]): string {
  let text = "";
  let href: string | null = null; // set while inside a link
  let linkText = "";
  for (const t of children) {
    const piece =
      t.type === "text" || t.type === "code_inline"
        ? t.content
        : t.type === "softbreak"
          ? " "
          : t.type === "hardbreak"
            ? "\n"
            : t.type === "image"
              ? t.content
              : "";
    if (t.type === "link_open") {
      href = String(t.attrGet("href") ?? "");
      linkText = "";
    } else if (t.type === "link_close") {
      // A mention of another action (its words say which) has no address worth printing.
      text +=
        href && href !== linkText && `mailto:${linkText}` !== href && mentionedId(href) === null ? ` (${href})` : "";
      href = null;
    } else {
      text += piece;
      if (href !== null) linkText += piece;
    }
  }
  return text;
}
