//! Decoding one binary message into the JSON text evctl prints, Protobuf against Avro, for the
//! same shape: `schemas/shipments.proto` and `benches/data/shipments.avsc` (the same fields), the same
//! shipment, and encoding it from JSON (what `validate` and `produce --protobuf|--avro` do).

use std::collections::HashMap;

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;

use evctl::schema::avro::AvroSchema;
use evctl::schema::proto::ProtoSchema;

// The allocator the evctl binary uses, so allocation costs are the ones it pays.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn schemas() -> (ProtoSchema, AvroSchema) {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut imports = HashMap::new();
    imports.insert(
        "common/address.proto".to_string(),
        std::fs::read_to_string(format!("{root}/schemas/common/address.proto")).unwrap(),
    );
    let proto_text = std::fs::read_to_string(format!("{root}/schemas/shipments.proto")).unwrap();
    let avro_text = std::fs::read_to_string(format!("{root}/benches/data/shipments.avsc")).unwrap();
    (
        ProtoSchema::parse(&proto_text, &imports).unwrap(),
        AvroSchema::parse(&avro_text).unwrap(),
    )
}

fn bench(c: &mut Criterion) {
    let (proto, avro) = schemas();
    let destination = json!({"line1": "Storgata 1", "line2": "3rd floor", "postal_code": "0155", "city": "Oslo", "country": "NO"});
    let parcels = json!([
        {"parcel_id": "p1", "weight_grams": 1200, "skus": ["SKU-1", "SKU-2"]},
        {"parcel_id": "p2", "weight_grams": 800, "skus": ["SKU-3"]}
    ]);
    let proto_json = json!({
        "eventId": "7d5e3f10-0c4f-4e3d-9b22-2345678901cd", "occurredAt": "2026-12-06T09:30:00Z",
        "shipmentId": "shp_001", "orderId": "ord_8f3k2m9q", "carrier": "POSTNORD",
        "destination": destination, "parcels": parcels, "trackingCode": "PN123456789NO"
    });
    let avro_json = json!({
        "event_id": "7d5e3f10-0c4f-4e3d-9b22-2345678901cd", "occurred_at": 1796549400000i64,
        "shipment_id": "shp_001", "order_id": "ord_8f3k2m9q", "carrier": "POSTNORD",
        "destination": destination, "parcels": parcels, "tracking_code": {"string": "PN123456789NO"}
    });
    let proto_bytes = proto.encode_json(&proto_json).unwrap();
    let avro_bytes = avro.encode(&avro_json).unwrap();

    // As tail prints them: JSON text in a buffer that is reused.
    let mut out = Vec::with_capacity(1024);
    let mut decode = c.benchmark_group("decode one shipment to JSON text");
    decode.bench_function("protobuf", |b| {
        b.iter(|| {
            out.clear();
            proto.decode_into(&proto_bytes, &mut out).unwrap();
        })
    });
    decode.bench_function("avro", |b| {
        b.iter(|| {
            out.clear();
            serde_json::to_writer(&mut out, &avro.decode(&avro_bytes).unwrap()).unwrap();
        })
    });
    decode.finish();

    let mut encode = c.benchmark_group("check and encode one shipment from JSON");
    encode.bench_function("protobuf", |b| {
        b.iter(|| proto.encode_json(&proto_json).unwrap())
    });
    encode.bench_function("avro", |b| b.iter(|| avro.encode(&avro_json).unwrap()));
    encode.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
