// Package extractors holds what every extractor reads and returns: the
// plain-text Document with its language and reference time, and the Span
// that locates an extracted item in that text.
//
// Offsets are counted in Unicode code points, end exclusive, so that
// []rune(doc.Text)[s.Start:s.End] is s.Text. Extractors work on byte offsets
// internally and convert at the edge with Document.Span.
//
// The sub-packages (htmltext, lang, dates, places, attendees, figures) are
// pure: no clock, no logging, no I/O. The reference time for relative dates
// comes in with the Document.
package extractors
