import type { z } from "zod";

/** A problem in an input file, stated as file, field path, what was expected and what was found. */
export class InputError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  constructor(file: string, field: string, problem: string) {
    super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
    this.name = "InputError";
    this.file = file;
    this.field = field;
    this.problem = problem;
  }
}

/** Several input problems reported at once, so an author can fix them in one pass. */
export class InputErrors extends Error {
  readonly errors: InputError[];
  constructor(errors: InputError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "InputErrors";
    this.errors = errors;
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return String(value);
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected === "number" ? "a number" : issue.expected === "string" ? "a string" : issue.expected === "object" ? "an object" : issue.expected === "array" ? "a list" : issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unexpected field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    case "invalid_union":
      // A union with its own message (run.yaml's texts) says what it wants; the quantity union is the common one.
      return issue.message && issue.message !== "Invalid input" ? `expected ${issue.message}` : "expected a number, {approx: n}, {min: n, max: n} or {not_measured: reason}";
    default:
      return `expected ${issue.message}`;
  }
}

export function fromZod(file: string, error: z.ZodError): InputErrors {
  return new InputErrors(
    error.issues.map((issue) => {
      const field = issue.path.map(String).join(".");
      const found = issue.code === "unrecognized_keys" ? "" : `, got ${describeValue(issue.input)}`;
      return new InputError(file, field, expectedOf(issue) + found);
    }),
  );
}
