import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generate } from 'otplib';

const PERIOD = 30;

/**
 * A code of an authenticator `secret` that the server has not accepted yet, as a phone would
 * show it. The server takes a code of each 30-second step once (replay guard) and one step either
 * side of its own, and the browser tests sign the same demo accounts in many times, across files
 * that share one server: the steps already spent are kept in `stepsFile` (beside the server's
 * data), and a code is made for the current step, else the next one, else the test waits for a
 * step to pass. Real time: the server checks codes against it, whatever its clock says.
 */
export async function freshCode(secret: string, stepsFile: string): Promise<string> {
  const spent = existsSync(stepsFile)
    ? (JSON.parse(readFileSync(stepsFile, 'utf8')) as Record<string, number>)
    : {};
  const now = Math.floor(Date.now() / 1000 / PERIOD);
  const step = Math.max(now, (spent[secret] ?? 0) + 1);
  if (step > now + 1) {
    await new Promise((r) => setTimeout(r, (step - 1) * PERIOD * 1000 - Date.now() + 100));
  }
  spent[secret] = step;
  writeFileSync(stepsFile, JSON.stringify(spent));
  return generate({ secret, epoch: step * PERIOD });
}
