// A shorter `debugString` in wasm-bindgen's glue.
//
// The glue describes a JavaScript value for Rust's `{:?}` (`JsValue`'s
// Debug) with a function of 45 lines: arrays item by item, errors with
// their stack, objects as JSON. Only messages for developers use it (the
// framework's console errors, panic texts); no learner ever reads them,
// and Oefenplein's own code never formats a `JsValue` that way. It cost
// 0.23 KB brotli of every first visit; `String(value)` says enough.
const DEBUG_STRING = /^function debugString\(val\) \{\n[^]*?\n\}\n/m;
const SHORT = "function debugString(val) {\n    try { return String(val); } catch { return typeof val; }\n}\n";

/** `js` with a one-line debugString; unchanged if it has none. */
export function shortDebugString(js) {
  if (!js.includes("function debugString(")) return js;
  if (!DEBUG_STRING.test(js)) throw new Error("debug-string: the glue's debugString is not as expected");
  return js.replace(DEBUG_STRING, () => SHORT);
}
