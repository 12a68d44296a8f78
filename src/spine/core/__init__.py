"""The domain-agnostic platform: database, migrations, pipelines, registry, dispatcher, runner."""
