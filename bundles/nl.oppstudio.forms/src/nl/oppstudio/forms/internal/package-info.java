package nl.oppstudio.forms.internal;
