"""Domains built on the platform. Each registers its pipelines when its ``pipelines`` package loads."""
