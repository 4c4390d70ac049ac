// Runs a build tool (wasm-opt, wasm-merge, wasm-bindgen, ...) from PATH; a
// failure names the command and carries its error output.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function tool(name, args) {
  try {
    return await run(name, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${name} ${args.join(" ")} failed:\n${error.stderr || error.message}`);
  }
}
