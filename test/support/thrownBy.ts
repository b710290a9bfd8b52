import { InputError } from "../../src/engine/inputError";

/** The InputError that `action` throws; fails the test when it throws nothing or something else. */
export function thrownBy(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}
