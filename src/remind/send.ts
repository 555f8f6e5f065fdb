import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import type { SiteContent } from "../model/index.ts";
import type { Reminder } from "./message.ts";

/** The site's mail settings (site.yaml `mail`). */
export type MailSettings = NonNullable<SiteContent["mail"]>;

/** Where reminders go: an SMTP server, or (for --dry-run) nowhere but the message's own bytes. */
export interface Postbox {
  /** Sends one reminder; throws when the server refuses it. */
  send(reminder: Reminder): Promise<void>;
  close(): void;
}

/**
 * An SMTP connection as site.yaml sets it. The user name and password come only from the environment
 * (STRATEGY_PRESS_SMTP_USER, STRATEGY_PRESS_SMTP_PASSWORD), so no file in the content holds them.
 */
export function smtpPostbox(mail: MailSettings, env: NodeJS.ProcessEnv = process.env): Postbox {
  const user = env["STRATEGY_PRESS_SMTP_USER"];
  const transport = nodemailer.createTransport({
    host: mail.host,
    port: mail.port ?? (mail.secure ? 465 : 587),
    secure: mail.secure ?? false,
    ...(user ? { auth: { user, pass: env["STRATEGY_PRESS_SMTP_PASSWORD"] ?? "" } } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (reminder) => void (await transport.sendMail(_message(mail.from, reminder))),
    close: () => transport.close(),
  };
}

/** A reminder as the bytes of an .eml file, addressed as it would be sent (from no one, when site.yaml names no sender). */
export async function emlBytes(from: string | undefined, reminder: Reminder): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail(_message(from, reminder));
  return info.message as Buffer;
}

function _message(from: string | undefined, r: Reminder): Mail.Options {
  return {
    ...(from ? { from } : {}),
    to: { name: r.to.name, address: r.to.address },
    ...(r.replyTo ? { replyTo: r.replyTo } : {}),
    subject: r.subject,
    text: r.text,
    attachments: [
      {
        filename: r.attachment.filename,
        content: Buffer.from(r.attachment.content),
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    ],
  };
}
