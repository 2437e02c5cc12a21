package natstest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// PKI is a test certificate authority with a server certificate for
// 127.0.0.1 and localhost and a client certificate, all written as PEM
// files under t.TempDir(), plus an untrusted CA with its own client
// certificate for negative tests. Keys are ECDSA P-256, valid for a day.
type PKI struct {
	// CA signs the server and client certificates.
	CA, ServerCert, ServerKey, ClientCert, ClientKey string
	// OtherCA is a second CA, which the server does not trust; it signed
	// OtherClientCert.
	OtherCA, OtherClientCert, OtherClientKey string
}

// NewPKI generates the certificates and writes them. It fails the test on
// error.
func NewPKI(t testing.TB) PKI {
	t.Helper()
	dir := t.TempDir()
	writePEM := func(name, typ string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	serial := int64(1)
	newCert := func(tmpl *x509.Certificate, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (*x509.Certificate, *ecdsa.PrivateKey, []byte, []byte) {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		serial++
		tmpl.SerialNumber = big.NewInt(serial)
		tmpl.NotBefore = time.Now().Add(-time.Hour)
		tmpl.NotAfter = time.Now().Add(24 * time.Hour)
		if parent == nil {
			parent, parentKey = tmpl, key
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, parentKey)
		if err != nil {
			t.Fatal(err)
		}
		cert, err := x509.ParseCertificate(der)
		if err != nil {
			t.Fatal(err)
		}
		keyDER, err := x509.MarshalECPrivateKey(key)
		if err != nil {
			t.Fatal(err)
		}
		return cert, key, der, keyDER
	}
	caTmpl := func(cn string) *x509.Certificate {
		return &x509.Certificate{
			Subject: pkix.Name{CommonName: cn}, IsCA: true, BasicConstraintsValid: true,
			KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		}
	}
	leaf := func(cn string, usage x509.ExtKeyUsage) *x509.Certificate {
		c := &x509.Certificate{
			Subject:     pkix.Name{CommonName: cn},
			KeyUsage:    x509.KeyUsageDigitalSignature,
			ExtKeyUsage: []x509.ExtKeyUsage{usage},
		}
		if usage == x509.ExtKeyUsageServerAuth {
			c.IPAddresses = []net.IP{net.ParseIP("127.0.0.1")}
			c.DNSNames = []string{"localhost"}
		}
		return c
	}
	var p PKI
	ca, caKey, caDER, _ := newCert(caTmpl("newsworker test CA"), nil, nil)
	p.CA = writePEM("ca.pem", "CERTIFICATE", caDER)
	_, _, der, key := newCert(leaf("nats server", x509.ExtKeyUsageServerAuth), ca, caKey)
	p.ServerCert, p.ServerKey = writePEM("server.pem", "CERTIFICATE", der), writePEM("server-key.pem", "EC PRIVATE KEY", key)
	_, _, der, key = newCert(leaf("newsworker", x509.ExtKeyUsageClientAuth), ca, caKey)
	p.ClientCert, p.ClientKey = writePEM("client.pem", "CERTIFICATE", der), writePEM("client-key.pem", "EC PRIVATE KEY", key)

	other, otherKey, otherDER, _ := newCert(caTmpl("untrusted CA"), nil, nil)
	p.OtherCA = writePEM("other-ca.pem", "CERTIFICATE", otherDER)
	_, _, der, key = newCert(leaf("intruder", x509.ExtKeyUsageClientAuth), other, otherKey)
	p.OtherClientCert, p.OtherClientKey = writePEM("other.pem", "CERTIFICATE", der), writePEM("other-key.pem", "EC PRIVATE KEY", key)
	return p
}

// RequireClientCert returns a Configure that makes a server present the
// PKI's server certificate and require a client certificate signed by its
// CA.
func (p PKI) RequireClientCert(t testing.TB) Configure {
	t.Helper()
	tc, err := server.GenTLSConfig(&server.TLSConfigOpts{
		CertFile: p.ServerCert, KeyFile: p.ServerKey, CaFile: p.CA, Verify: true,
	})
	if err != nil {
		t.Fatalf("natstest: tls config: %v", err)
	}
	return func(o *server.Options) {
		o.TLS, o.TLSVerify, o.TLSConfig, o.TLSTimeout = true, true, tc, 5
	}
}
