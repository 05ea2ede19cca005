// A logger that says a repeated error once, then how many times it recurred.
// Undecodable frames, for instance, would otherwise print a stack trace each (27 MB of log).

type Sink = Pick<Console, "error" | "warn" | "info" | "debug" | "trace" | "log">;

/** How often the count of repeats is reported. */
export const REPEAT_REPORT_MS = 60_000;

export class OnceLogger {
  private seen = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly sink: Sink = console) {}

  /** The first line of a message: a stack's frames (and numbers) do not make it a new error. */
  private keyOf(args: unknown[]): string {
    const first = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(" ");
    return first.split("\n")[0].replace(/\d+/g, "#").slice(0, 200);
  }

  private once(level: "error" | "warn", args: unknown[]): void {
    const key = this.keyOf(args);
    const n = this.seen.get(key);
    if (n === undefined) {
      this.seen.set(key, 0);
      this.sink[level](...args);
      this.timer ??= setInterval(() => this.flush(), REPEAT_REPORT_MS).unref();
      return;
    }
    this.seen.set(key, n + 1);
  }

  /** Report repeats since the last report; a message seen again afterwards is printed again. */
  flush(): void {
    for (const [key, n] of this.seen) if (n > 0) this.sink.error(`(repeated ${n} more time${n === 1 ? "" : "s"}) ${key}`);
    this.seen.clear();
  }

  /** Repeats of this message not printed so far (for tests). */
  repeats(message: string): number {
    return this.seen.get(this.keyOf([message])) ?? 0;
  }

  error = (...args: unknown[]) => this.once("error", args);
  warn = (...args: unknown[]) => this.once("warn", args);
  info = (...args: unknown[]) => this.sink.info(...args);
  log = (...args: unknown[]) => this.sink.log(...args);
  debug = (...args: unknown[]) => this.sink.debug(...args);
  trace = (...args: unknown[]) => this.sink.trace(...args);

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flush();
  }
}
