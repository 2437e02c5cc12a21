package main

import (
	"flag"

	"github.com/newsworker/newsworker/pipeline"
)

// addAuthFlags registers the NATS credential flags on fs, each also
// settable by its environment variable (NEWSWORKER_NATS_USER, …). The
// password and the token are better given by environment than on the
// command line, where other users of the machine can read them; --help
// never prints their values.
func addAuthFlags(fs *flag.FlagSet, a *pipeline.Auth) {
	stringVar(fs, &a.User, "nats-user", "", "NATS user name (with --nats-password)")
	secretVar(fs, &a.Password, "nats-password", "NATS password; prefer the environment variable")
	secretVar(fs, &a.Token, "nats-token", "NATS authentication token; prefer the environment variable")
	stringVar(fs, &a.NKeySeed, "nats-nkey", "", "path of an NKey user seed file")
	stringVar(fs, &a.Creds, "nats-creds", "", "path of a .creds file (user JWT and seed)")
	stringVar(fs, &a.TLSCA, "nats-tls-ca", "", "path of a PEM CA file that verifies the NATS server (turns TLS on)")
	stringVar(fs, &a.TLSCert, "nats-tls-cert", "", "path of a PEM client certificate (with --nats-tls-key; turns TLS on)")
	stringVar(fs, &a.TLSKey, "nats-tls-key", "", "path of the PEM key of --nats-tls-cert")
}

// secretVar is stringVar for a secret: a value taken from the environment
// is shown as *** in the flag's default, so usage output never prints it.
func secretVar(fs *flag.FlagSet, p *string, name, usage string) {
	stringVar(fs, p, name, "", usage)
	if f := fs.Lookup(name); f != nil && f.DefValue != "" {
		f.DefValue = "***"
	}
}
