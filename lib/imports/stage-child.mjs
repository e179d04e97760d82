// Child-process entry (lib/imports/boxed-stage.ts): its TypeScript goes through tsx's loader.
import { tsImport } from "tsx/esm/api";

await tsImport("./stage-child.ts", import.meta.url);
