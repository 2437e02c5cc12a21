package main

import (
	"flag"

	"github.com/newsworker/newsworker/pipeline"
)

// ledgerFlags are the flags of the optional processed-id ledger
// (pipeline.Ledger).
type ledgerFlags struct {
	on  bool
	cfg pipeline.LedgerConfig
}

// addLedgerFlags registers --ledger, --ledger-ttl and --ledger-bucket on
// fs, each also settable by environment (NEWSWORKER_LEDGER, …).
func addLedgerFlags(fs *flag.FlagSet, l *ledgerFlags) {
	boolVar(fs, &l.on, "ledger", false, "remember published article ids in a JetStream key-value bucket, so that an article replayed after the duplicate window is acked without being enriched again")
	durationVar(fs, &l.cfg.TTL, "ledger-ttl", pipeline.DefaultLedgerTTL, "how long the ledger remembers an article id")
	stringVar(fs, &l.cfg.Bucket, "ledger-bucket", pipeline.DefaultLedgerBucket, "key-value bucket of the ledger")
}

// config is the worker's ledger configuration, its bucket replicated like
// the streams, or nil when --ledger is off.
func (l *ledgerFlags) config(replicas int) *pipeline.LedgerConfig {
	if !l.on {
		return nil
	}
	c := l.cfg
	c.Replicas = replicas
	return &c
}
