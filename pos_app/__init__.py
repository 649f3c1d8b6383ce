"""KuPay POS: a desktop point-of-sale terminal for the KuPay crypto payment gateway."""

__version__ = "0.1.0"
APP_NAME = "KuPay POS"
