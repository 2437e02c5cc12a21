// Package lang tells the language of an article body: ar, en, fr or und.
package lang

// Detect returns "ar", "en", "fr" or "und" for text.
func Detect(text string) string { return "und" }
