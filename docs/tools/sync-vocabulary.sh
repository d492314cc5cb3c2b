#!/bin/sh
# Writes the option lists ("values") of every form in forms/ that offers forvaltninger or themes from the one
# vocabulary, the enums dk.kk.almenstyring.forvaltning.Forvaltning and Theme; nothing else in the files changes.
# VocabularyTest fails until this has been run after a change of the vocabulary or of a form's list.
# Usage: docs/tools/sync-vocabulary.sh   (BUILD_DIR=/tmp/build-me to build outside target/)
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -Dbuild.dir="${BUILD_DIR:-target}" test-compile \
    org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
    -Dexec.mainClass=dk.kk.almenstyring.forvaltning.SyncVocabulary -Dexec.args=forms
