// Usage: node receipts.mjs generate N          → JSON array of {"digits","display"} for N fresh receipts
//        node receipts.mjs parse < inputs.json  → JSON array of {"digits","error"}, one per input string
import "./insecureContext.mjs";
import { generateReceiptDigits } from "../src/receipt/generateReceipt.js";
import { parseReceipt } from "../src/receipt/parseReceipt.js";
import { groupReceiptDigits } from "../src/receipt/receiptFormat.js";
import { fail, readStandardInput } from "./stdio.mjs";

try {
  const [mode, count] = process.argv.slice(2);
  let result;
  if (mode === "generate") {
    result = Array.from({ length: Number(count) }, () => {
      const digits = generateReceiptDigits();
      return { digits, display: groupReceiptDigits(digits) };
    });
  } else if (mode === "parse") {
    const inputs = JSON.parse(new TextDecoder().decode(await readStandardInput()));
    result = inputs.map((input) => parseReceipt(input));
  } else {
    throw new Error(`Unknown mode ${mode}.`);
  }
  process.stdout.write(JSON.stringify(result) + "\n");
} catch (error) {
  fail(error);
}
