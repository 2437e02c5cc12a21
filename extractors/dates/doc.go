// Package dates finds the dates an Arabic, English or French news text
// states or implies and resolves them to the Gregorian calendar.
//
// It reads, in one pass over the text and without a locale switch:
//
//   - month names of every region: يناير/جانفي/كانون الثاني, يونيو/يونيه/جوان/حزيران,
//     أغسطس/أوت/غشت/آب, نونبر, the paired "10 تشرين الثاني/ نوفمبر", English and French
//     names and abbreviations ("Nov. 20", "1er janv.");
//   - Western, Arabic-Indic and Persian digits, and numeric dates (day first
//     in Arabic and French: 08/06/2023, 19-12-2023, 2023-06-08, 8.6.2023);
//   - Hijri dates ("19 ذو القعدة 1444 هـ"), converted with the Umm al-Qura
//     table, and merged with their Gregorian twin ("الموافق");
//   - relative days (اليوم، أمس، أول أمس، غدا، "الخميس الماضي", "yesterday",
//     "last Friday", "hier", "mardi dernier", "ce jeudi", "la veille"),
//     resolved against the publication date; a day counted from a noun
//     ("le lendemain de son arrivée", "اليوم التالي لوصوله", "the day after
//     the ceasefire") is left out, or counted from the date the noun is
//     ("la veille du 14 juillet"), and days offered as alternatives
//     ("lundi ou mardi", "5 or 6 June") are left out;
//   - pairs and ranges ("يومي 1 و 2 نوفمبر", "du 5 au 7 juin") and years alone
//     ("في عام 2014", kind partial).
//
// Each date value is listed once, at its first mention; the event date keeps
// the span of the mention that dates the event.
//
// Example: with the document published on 2023-06-08,
// "افتتح اليوم الخميس 8 يونيو 2023 معرض الكتاب" gives one absolute date,
// 2023-06-08, whose span is "اليوم الخميس 8 يونيو 2023"; "RABAT, June 7
// (Reuters) - Morocco signed on Tuesday" gives 2023-06-07 as the text's own
// publication day and 2023-06-06 as the event date.
//
// How it works, file by file:
//
//   - tokens.go: one pass over the text into words, numbers and marks, with
//     byte offsets; each word is folded (extractors.FoldRune, read from a
//     table for the Arabic block) and looked up in the lexicon, after taking
//     off a proclitic (و، ف، ب، ل، ك) when needed.
//   - lexicon.go, data/lexicon.txt: the folded word classes (months of every
//     region, weekdays, relative words, Hijri months, context words).
//   - parse.go, scan.go: date mentions over the tokens: day-month-year,
//     month-day, numeric, Hijri and their twins, ranges and lists, relative
//     days, years alone.
//   - resolve.go: header lines and datelines, year inference, relative days
//     and weekday checks against the reference day.
//   - event.go: the text's own publication day and the event date.
//   - calendar.go, umalqura_table.go (made by gen/umalqura.mjs): day numbers,
//     Gregorian and Umm al-Qura conversions.
package dates
