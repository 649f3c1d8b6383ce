"""Everything that speaks KuPay's HTTP API. No Qt here."""
