package pipeline

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nkeys"
	"go.uber.org/zap/zapcore"
)

// ErrInvalidAuth is matched (with errors.Is) by every error Auth.Validate
// and Auth.Options return for credentials that are incomplete, contradict
// one another or cannot be read.
var ErrInvalidAuth = errors.New("invalid nats credentials")

// Auth holds the credentials the worker presents to a NATS server. At most
// one identity is used: user and password, a token, an NKey seed file or a
// .creds file (user JWT and seed). TLS is independent of the identity: a CA
// file to verify the server, and a client certificate with its key for
// servers that require one.
//
// The zero Auth connects anonymously without TLS. Auth never prints its
// secrets: String and MarshalLogObject redact the password and the token
// and name only the files.
type Auth struct {
	User, Password, Token  string
	NKeySeed               string // path to an NKey seed file
	Creds                  string // path to a .creds file
	TLSCA, TLSCert, TLSKey string
}

func authError(format string, args ...any) error {
	return fmt.Errorf("pipeline: auth: "+format+": %w", append(args, ErrInvalidAuth)...)
}

// Validate reports credentials that cannot work: a user without a password
// or a password without a user, more than one identity, a client
// certificate without its key or a key without its certificate, and named
// files that cannot be read. It does not contact a server. Every error
// matches ErrInvalidAuth.
func (a Auth) Validate() error {
	var ids []string
	if a.User != "" || a.Password != "" {
		switch {
		case a.User == "":
			return authError("password given without a user")
		case a.Password == "":
			return authError("user %q given without a password", a.User)
		}
		ids = append(ids, "user/password")
	}
	if a.Token != "" {
		ids = append(ids, "token")
	}
	if a.NKeySeed != "" {
		ids = append(ids, "nkey seed")
	}
	if a.Creds != "" {
		ids = append(ids, "creds file")
	}
	if len(ids) > 1 {
		return authError("more than one identity given (%s): use one", strings.Join(ids, ", "))
	}
	if (a.TLSCert == "") != (a.TLSKey == "") {
		if a.TLSCert == "" {
			return authError("tls key given without a client certificate")
		}
		return authError("tls client certificate given without its key")
	}
	for _, f := range []struct{ what, path string }{
		{"nkey seed", a.NKeySeed}, {"creds", a.Creds},
		{"tls ca", a.TLSCA}, {"tls cert", a.TLSCert}, {"tls key", a.TLSKey},
	} {
		if f.path == "" {
			continue
		}
		st, err := os.Stat(f.path)
		if err != nil {
			return authError("%s file: %v", f.what, err)
		}
		if st.IsDir() {
			return authError("%s file %s is a directory", f.what, f.path)
		}
	}
	return nil
}

// Options validates the credentials, reads the files they name and returns
// the nats.Connect options that present them. The files are read now, so a
// malformed seed, creds file, certificate or key is reported at start-up
// rather than at the first connection attempt; a .creds file is read again
// by nats.go on every reconnect, so it may be rotated in place. Every error
// matches ErrInvalidAuth.
func (a Auth) Options() ([]nats.Option, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	var opts []nats.Option
	switch {
	case a.User != "":
		opts = append(opts, nats.UserInfo(a.User, a.Password))
	case a.Token != "":
		opts = append(opts, nats.Token(a.Token))
	case a.NKeySeed != "":
		o, err := nkeyOption(a.NKeySeed)
		if err != nil {
			return nil, err
		}
		opts = append(opts, o)
	case a.Creds != "":
		if err := checkCreds(a.Creds); err != nil {
			return nil, err
		}
		opts = append(opts, nats.UserCredentials(a.Creds))
	}
	if a.TLSCA != "" || a.TLSCert != "" {
		cfg, err := a.tlsConfig()
		if err != nil {
			return nil, err
		}
		opts = append(opts, nats.Secure(cfg))
	}
	return opts, nil
}

// nkeyOption reads an NKey user seed (bare or in a decorated file) and
// signs the server's nonce with it.
func nkeyOption(path string) (nats.Option, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, authError("nkey seed: %v", err)
	}
	kp, err := nkeys.ParseDecoratedNKey(data)
	if err != nil {
		return nil, authError("nkey seed %s: %v", path, err)
	}
	defer kp.Wipe()
	seed, err := kp.Seed()
	if err != nil {
		return nil, authError("nkey seed %s: %v", path, err)
	}
	if prefix, _, err := nkeys.DecodeSeed(seed); err != nil || prefix != nkeys.PrefixByteUser {
		return nil, authError("nkey seed %s is not a user seed", path)
	}
	pub, err := kp.PublicKey()
	if err != nil {
		return nil, authError("nkey seed %s: %v", path, err)
	}
	// The seed is parsed again for each signature and wiped afterwards, so
	// the key pair does not stay in memory between connections.
	sign := func(nonce []byte) ([]byte, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("pipeline: auth: nkey seed: %w", err)
		}
		kp, err := nkeys.ParseDecoratedNKey(data)
		if err != nil {
			return nil, fmt.Errorf("pipeline: auth: nkey seed %s: %w", path, err)
		}
		defer kp.Wipe()
		return kp.Sign(nonce)
	}
	return nats.Nkey(pub, sign), nil
}

// checkCreds makes sure the .creds file holds a user JWT and a user seed.
func checkCreds(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return authError("creds: %v", err)
	}
	if _, err := nkeys.ParseDecoratedJWT(data); err != nil {
		return authError("creds %s: no user JWT: %v", path, err)
	}
	kp, err := nkeys.ParseDecoratedUserNKey(data)
	if err != nil {
		return authError("creds %s: no user seed: %v", path, err)
	}
	kp.Wipe()
	return nil
}

func (a Auth) tlsConfig() (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if a.TLSCA != "" {
		pem, err := os.ReadFile(a.TLSCA)
		if err != nil {
			return nil, authError("tls ca: %v", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, authError("tls ca %s: no PEM certificate", a.TLSCA)
		}
		cfg.RootCAs = pool
	}
	if a.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(a.TLSCert, a.TLSKey)
		if err != nil {
			return nil, authError("tls client certificate %s: %v", a.TLSCert, err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// String describes the credentials without their secrets, e.g.
// "user=ingest password=*** tls-ca=/etc/nats/ca.pem".
func (a Auth) String() string {
	var b strings.Builder
	add := func(k, v string) {
		if v == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(k + "=" + v)
	}
	add("user", a.User)
	add("password", redact(a.Password))
	add("token", redact(a.Token))
	add("nkey", a.NKeySeed)
	add("creds", a.Creds)
	add("tls-ca", a.TLSCA)
	add("tls-cert", a.TLSCert)
	add("tls-key", a.TLSKey)
	if b.Len() == 0 {
		return "anonymous"
	}
	return b.String()
}

// MarshalLogObject lets zap log an Auth (zap.Object("auth", a)) without its
// secrets.
func (a Auth) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("method", a.method())
	if a.User != "" {
		enc.AddString("user", a.User)
	}
	for _, f := range []struct{ k, v string }{
		{"nkey", a.NKeySeed}, {"creds", a.Creds},
		{"tls_ca", a.TLSCA}, {"tls_cert", a.TLSCert},
	} {
		if f.v != "" {
			enc.AddString(f.k, f.v)
		}
	}
	return nil
}

func (a Auth) method() string {
	switch {
	case a.User != "":
		return "user"
	case a.Token != "":
		return "token"
	case a.NKeySeed != "":
		return "nkey"
	case a.Creds != "":
		return "creds"
	}
	return "anonymous"
}

func redact(s string) string {
	if s == "" {
		return ""
	}
	return "***"
}

// RedactURL returns a NATS server URL (or a comma-separated list of them)
// fit for a log line: the password or token in a URL's user information is
// replaced by "***". Text that does not parse as a URL is returned with
// everything before an '@' redacted.
func RedactURL(servers string) string {
	parts := strings.Split(servers, ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		u, err := url.Parse(p)
		if err != nil {
			if at := strings.LastIndex(p, "@"); at >= 0 {
				p = "***" + p[at:]
			}
			parts[i] = p
			continue
		}
		if u.User != nil {
			if _, ok := u.User.Password(); ok {
				u.User = url.UserPassword(u.User.Username(), "***")
			} else {
				// nats://TOKEN@host: the user part is the token.
				u.User = url.User("***")
			}
		}
		parts[i] = u.String()
	}
	return strings.Join(parts, ",")
}
