"""accred_app — reporter accreditation desk of a provincial police press office."""

__version__ = "0.1.0"
