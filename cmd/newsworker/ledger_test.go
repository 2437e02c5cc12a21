package main

import (
	"flag"
	"testing"
	"time"

	"github.com/newsworker/newsworker/pipeline"
)

func TestLedgerFlags(t *testing.T) {
	t.Run("off by default", func(t *testing.T) {
		var l ledgerFlags
		fs := flag.NewFlagSet("run", flag.ContinueOnError)
		addLedgerFlags(fs, &l)
		if err := fs.Parse(nil); err != nil {
			t.Fatal(err)
		}
		if got := l.config(3); got != nil {
			t.Fatalf("config = %+v, want nil", got)
		}
	})
	t.Run("from environment and flags", func(t *testing.T) {
		t.Setenv("NEWSWORKER_LEDGER", "true")
		t.Setenv("NEWSWORKER_LEDGER_TTL", "48h")
		var l ledgerFlags
		fs := flag.NewFlagSet("run", flag.ContinueOnError)
		addLedgerFlags(fs, &l)
		if err := fs.Parse([]string{"--ledger-bucket", "PROCESSED"}); err != nil {
			t.Fatal(err)
		}
		got := l.config(3)
		want := &pipeline.LedgerConfig{Bucket: "PROCESSED", TTL: 48 * time.Hour, Replicas: 3}
		if got == nil || *got != *want {
			t.Fatalf("config = %+v, want %+v", got, want)
		}
	})
}
