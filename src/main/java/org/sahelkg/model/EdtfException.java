package org.sahelkg.model;

import org.sahelkg.SahelKgException;

/** A string is not a date of the EDTF subset; the message says what was expected, what was found and why. */
public class EdtfException extends SahelKgException {
    private static final long serialVersionUID = 1L;

    public EdtfException(String message) {
        super(message);
    }
}
