// Finds a Java runtime for the W3C Nu HTML checker (vnu.jar), in this order: JAVA_HOME, `java` on
// the PATH, a JDK or JRE under /usr/lib/jvm. Shared by the test set-up and the static checks.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

function answers(java) {
  try {
    execFileSync(java, ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** @returns {{ path: string, source: string } | null} */
export function findJava() {
  const home = process.env.JAVA_HOME;
  if (home) {
    const java = join(home, "bin", "java");
    if (!existsSync(java)) throw new Error(`JAVA_HOME is set to "${home}", but ${java} does not exist.`);
    return { path: java, source: `JAVA_HOME (${java})` };
  }
  if (answers("java")) return { path: "java", source: "java on the PATH" };
  const jvm = "/usr/lib/jvm";
  const installed = existsSync(jvm)
    ? readdirSync(jvm)
        .map((name) => join(jvm, name, "bin", "java"))
        .filter(existsSync)
    : [];
  return installed[0] ? { path: installed[0], source: installed[0] } : null;
}
