package main

import (
	"testing"

	"github.com/newsworker/newsworker/internal/provenance"
)

// TestProvenance: the command's code and tests hold only our own writing.
func TestProvenance(t *testing.T) {
	provenance.Check(t, ".")
}
