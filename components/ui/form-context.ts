"use client";

import { createContext } from "react";

/** Prefixes field ids, so several forms on one page never share an id (ActionForm sets it). */
export const FieldIdPrefix = createContext("");
