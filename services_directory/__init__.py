"""The services directory: HSDS 3.0 models, import/export, geocoding and search. No web, no Rasa.

- models.py: the tables (HSDS 3.0 core, places, directory state); migration directory_0001.
- documents.py, fields.py, rows.py, importer.py: read a file, check every record, write all or nothing.
- exporter.py: the directory back as HSDS 3.0 JSON.
- places.py, postcode_areas.py, geocode.py, gazetteer.py: postcodes, nations, offline geocoding.
- synonyms.py, text_match.py: the words people use, spelling fixes, needs found in free text.
- search_index.py, ranking.py, search.py: the in-memory index and `find_services`.
- demo.py, evaluate.py, bench.py: the demo directory, top-3 accuracy, the speed benchmark.
"""
