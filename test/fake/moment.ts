// The `moment` that obsidian exports, as far as src/ uses it: `moment(day, "YYYY-MM-DD", true)`
// and `.format(f)` with moment's date tokens (YYYY YY Q MMMM MMM MM M DDDD DD D Do dddd ddd dd d E e,
// `[text]` kept literally; other letters pass through). English locale, no time of day.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const TOKENS = /\[([^\][]*)\]|YYYY|YY|Q|MMMM|MMM|MM|M|DDDD|Do|DD|D|dddd|ddd|dd|d|E|e/g;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

export interface FakeMoment {
  isValid(): boolean;
  format(format?: string): string;
}

export function moment(input: string, format = "YYYY-MM-DD", strict = false): FakeMoment {
  if (format !== "YYYY-MM-DD") throw new Error(`fake moment: only the YYYY-MM-DD input format is faked, not ${format}`);
  const m = (strict ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^(\d{4})-(\d{1,2})-(\d{1,2})/).exec(input);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  const valid = m !== null && date !== null && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
  return {
    isValid: () => valid,
    format(f = "YYYY-MM-DDTHH:mm:ssZ") {
      if (!valid || date === null) return "Invalid date";
      const y = date.getUTCFullYear();
      const mo = date.getUTCMonth();
      const d = date.getUTCDate();
      const wd = date.getUTCDay();
      const yearDay = Math.round((date.getTime() - Date.UTC(y, 0, 1)) / 86400000) + 1;
      return f.replace(TOKENS, (token: string, literal: string | undefined) => {
        if (literal !== undefined) return literal;
        switch (token) {
          case "YYYY": return pad(y, 4);
          case "YY": return pad(y % 100, 2);
          case "Q": return String(Math.floor(mo / 3) + 1);
          case "MMMM": return MONTHS[mo] ?? "";
          case "MMM": return (MONTHS[mo] ?? "").slice(0, 3);
          case "MM": return pad(mo + 1, 2);
          case "M": return String(mo + 1);
          case "DDDD": return pad(yearDay, 3);
          case "Do": return ordinal(d);
          case "DD": return pad(d, 2);
          case "D": return String(d);
          case "dddd": return DAYS[wd] ?? "";
          case "ddd": return (DAYS[wd] ?? "").slice(0, 3);
          case "dd": return (DAYS[wd] ?? "").slice(0, 2);
          case "d": return String(wd);
          case "E": return String(wd === 0 ? 7 : wd);
          default: return String(wd); // "e": locale weekday, Sunday first in English
        }
      });
    },
  };
}
