package org.sahelkg.load.map;

/** Turns one checked record of one kind into triples. Mappers may assume every check has passed. */
interface RecordMapper<T> {
    void map(T record, Out out);
}
