// The browser test suites after the board's own (e2e/run.mjs runs them in this order). Each suite
// is a file here exporting a default async function that receives the kit; add new ones to the list.
import agenda from "./agenda.mjs";
import basesCards from "./bases-cards.mjs";
import healthMatrix from "./health-matrix.mjs";
import inlineFields from "./inline-fields.mjs";
import journey from "./journey.mjs";
import phone from "./phone.mjs";
import select from "./select.mjs";

export const SUITES = [agenda, basesCards, healthMatrix, inlineFields, journey, phone, select];
